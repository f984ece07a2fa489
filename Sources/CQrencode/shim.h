// libqrencode: the QR code of an article's address.
#include <qrencode.h>
