#include <lcms2.h>

// lcms2's pixel formats are macros Swift cannot import: the ones Feuillet uses, as constants.
static const cmsUInt32Number feuillet_TYPE_RGB_DBL = TYPE_RGB_DBL;
static const cmsUInt32Number feuillet_TYPE_CMYK_DBL = TYPE_CMYK_DBL;
static const cmsUInt32Number feuillet_TYPE_Lab_DBL = TYPE_Lab_DBL;
// Pictures' pixels, a byte a component: RGB as decoded, CMYK as the press file stores it.
static const cmsUInt32Number feuillet_TYPE_RGB_8 = TYPE_RGB_8;
static const cmsUInt32Number feuillet_TYPE_CMYK_8 = TYPE_CMYK_8;
