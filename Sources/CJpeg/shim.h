// libjpeg-turbo's TurboJPEG API (decoding photos) and libexif (their orientation).
#include <turbojpeg.h>
#include <libexif/exif-data.h>
