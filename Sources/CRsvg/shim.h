// librsvg: SVG pictures (logos, figures) drawn as vectors on Cairo surfaces.
#include <librsvg/rsvg.h>
