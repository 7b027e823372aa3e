package io.junction.carriers.kit.simulator;

/**
 * The numbers a carrier simulator gives the parcels it books, one after another from a block of a million that a
 * number block selects: simulators started one after another (a restarted demo on the same database, test contexts
 * sharing one) then do not hand out the numbers an earlier one stored. Thread-safe.
 */
public final class ParcelNumbers {

    private static final long BLOCK_SIZE = 1_000_000L;

    private final long first;
    private long issued;

    /**
     * @param first the number before the first one of block 0 (block 0 starts at {@code first + 1})
     * @param blocks how many blocks the carrier's numbers have room for
     * @param numberBlock selects the block, modulo {@code blocks} (0: the first block)
     */
    public ParcelNumbers(long first, long blocks, long numberBlock) {
        this.first = first;
        this.issued = Math.floorMod(numberBlock, blocks) * BLOCK_SIZE;
    }

    /** The next number of the block. */
    public synchronized long next() {
        issued++;
        return first + issued;
    }
}
