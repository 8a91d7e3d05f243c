package org.adtrigger.ingest.avro;

import java.util.Locale;
import org.apache.avro.file.CodecFactory;

/**
 * Block compression of an event archive. Deflate is the default because every Avro implementation reads
 * it; zstandard compresses as well at several times the speed; null is for debugging.
 */
public enum ArchiveCodec {
    NULL, DEFLATE, ZSTANDARD, SNAPPY, XZ;

    CodecFactory factory() {
        return switch (this) {
            case NULL -> CodecFactory.nullCodec();
            case DEFLATE -> CodecFactory.deflateCodec(CodecFactory.DEFAULT_DEFLATE_LEVEL);
            case ZSTANDARD -> CodecFactory.zstandardCodec(CodecFactory.DEFAULT_ZSTANDARD_LEVEL);
            case SNAPPY -> CodecFactory.snappyCodec();
            case XZ -> CodecFactory.xzCodec(CodecFactory.DEFAULT_XZ_LEVEL);
        };
    }

    /** Parses a codec name case-insensitively ({@code deflate}, {@code null}, ...). */
    public static ArchiveCodec parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown codec '" + name + "'; known: null, deflate, zstandard, snappy, xz",
                    e);
        }
    }
}
