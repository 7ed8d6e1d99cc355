package org.myelin.vocab.synth;

import java.util.List;

/**
 * The shape of a synthetic vocabulary of n concepts, computed per concept id so that every file can be
 * written in one streaming pass without holding the vocabulary in memory.
 *
 * <p>Ids 1..n are split into blocks: three standard vocabularies, each a tree with eight children per
 * concept (so hierarchies are several levels deep), and one source vocabulary whose concepts map to
 * SNOMED. Some SNOMED leaves are deprecated, some source concepts are upgraded and replaced.
 */
final class SyntheticShape {

    static final int BRANCHING = 8;

    record Block(String vocabularyId, String domainId, String conceptClassId, boolean standard, int first, int last) {
        int size() {
            return last - first + 1;
        }
    }

    private final long seed;
    private final List<Block> blocks;

    SyntheticShape(int concepts, long seed) {
        if (concepts < 20) {
            throw new IllegalArgumentException("a synthetic vocabulary needs at least 20 concepts, not " + concepts);
        }
        this.seed = seed;
        int snomed = concepts / 2;
        int loinc = concepts * 3 / 20;
        int rxnorm = concepts * 3 / 20;
        this.blocks = List.of(
                new Block("SNOMED", "Condition", "Clinical Finding", true, 1, snomed),
                new Block("LOINC", "Measurement", "Lab Test", true, snomed + 1, snomed + loinc),
                new Block("RxNorm", "Drug", "Ingredient", true, snomed + loinc + 1, snomed + loinc + rxnorm),
                new Block("ICD10CM", "Condition", "5-char billing code", false, snomed + loinc + rxnorm + 1, concepts));
    }

    List<Block> blocks() {
        return blocks;
    }

    int concepts() {
        return blocks.getLast().last();
    }

    Block block(int id) {
        for (Block block : blocks) {
            if (id <= block.last()) {
                return block;
            }
        }
        throw new IllegalArgumentException("concept id " + id + " is outside 1.." + concepts());
    }

    /** The parent in the block's tree, or 0 for the root and for source concepts. */
    int parent(int id) {
        Block block = block(id);
        int k = id - block.first();
        return !block.standard() || k == 0 ? 0 : block.first() + (k - 1) / BRANCHING;
    }

    boolean leaf(int id) {
        Block block = block(id);
        return (long) (id - block.first()) * BRANCHING + 1 >= block.size();
    }

    /** A few SNOMED leaves are deprecated: not standard, invalid_reason D, no hierarchy. */
    boolean deprecated(int id) {
        return block(id) == blocks.getFirst() && id > 1 && leaf(id) && Math.floorMod(mix(id, 1), 97) == 0;
    }

    /** Every 50th source concept was upgraded (invalid_reason U) and replaced by the one before it. */
    boolean upgraded(int id) {
        Block block = block(id);
        return !block.standard() && (id - block.first()) % 50 == 49;
    }

    boolean standard(int id) {
        return block(id).standard() && !deprecated(id);
    }

    /** The valid SNOMED concept a source concept maps to; {@code variant} picks further targets. */
    int mapTarget(int id, int variant) {
        Block snomed = blocks.getFirst();
        int target = snomed.first() + (int) Math.floorMod(mix(id, 10 + variant), (long) snomed.size());
        return deprecated(target) ? parent(target) : target;
    }

    /** Every 10th source concept also maps to a value concept ("Maps to value"). */
    boolean mapsToValue(int id) {
        return !block(id).standard() && Math.floorMod(mix(id, 2), 10) == 0;
    }

    /** Every 20th source concept keeps an old "Maps to" that was deprecated. */
    boolean hasDeprecatedMapping(int id) {
        return !block(id).standard() && Math.floorMod(mix(id, 3), 20) == 0;
    }

    String code(int id) {
        Block block = block(id);
        return switch (block.vocabularyId()) {
            case "ICD10CM" -> "X" + (id - block.first()) / 100 + "." + (id - block.first()) % 100;
            default -> Integer.toString(100_000 + id - block.first());
        };
    }

    /** Names with the characters that break naive loaders: quotes, backslashes, non-ASCII, over-long names. */
    String name(int id) {
        String base = block(id).vocabularyId() + " synthetic concept " + id;
        long pick = Math.floorMod(mix(id, 4), 1000);
        if (pick < 10) {
            return "Wilson\"s Mills " + base;
        }
        if (pick < 15) {
            return "\"" + base + "\" quoted";
        }
        if (pick < 20) {
            return base + " C:\\path\\to\\" + id;
        }
        if (pick < 40) {
            return "Sjögren–Larsson syndrome, Ærø µg/dL 痛み " + base;
        }
        if (pick < 42) {
            return (base + " très long nom ").repeat(12);
        }
        return base;
    }

    /** A well-mixed 64-bit value for (seed, id, purpose), so shapes depend on the seed but not on order. */
    private long mix(int id, int purpose) {
        long z = seed * 0x9E3779B97F4A7C15L + id * 0xBF58476D1CE4E5B9L + purpose * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
