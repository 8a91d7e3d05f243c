/** ROOT's compression block framing over zlib, LZMA (xz), LZ4 (with ROOT's XXH64 checksum) and ZSTD. */
package org.adtrigger.ingest.root.compress;
