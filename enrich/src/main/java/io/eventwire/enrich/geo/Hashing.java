package io.eventwire.enrich.geo;

/** 64-bit FNV-1a over chars with a final avalanche; each key kind has its own salt. */
final class Hashing {

    static final long SEED = 0xcbf29ce484222325L;
    static final long EXACT_SALT = 0x9e3779b97f4a7c15L;
    static final long LIGHT_SALT = 0xc2b2ae3d27d4eb4fL;
    static final long SKELETON_SALT = 0x165667b19e3779f9L;
    private static final long PRIME = 0x100000001b3L;

    private Hashing() {
    }

    static long step(long h, char c) {
        return (h ^ c) * PRIME;
    }

    static long finish(long h, long salt) {
        long x = h ^ salt;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x == 0 ? 1 : x;
    }
}
