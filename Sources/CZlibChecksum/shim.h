#pragma once
// zlib's crc32, for checking the parts of a workbook as they are unpacked: ZIPFoundation computes
// its checksum in Swift on Linux, several times slower.
#include <zlib.h>
