package org.adtrigger.ingest.adapters;

import java.util.Set;

/** A ROOT ntuple format: the tree that holds its events and the layout of a given file's branches. */
public interface RootFormat {

    String tree();

    /**
     * The layout for one file.
     *
     * @param fileName the file's name, which some formats read the sample or data flag from
     * @param branches the branches the file's tree has, so optional object groups and columns are used
     *                 only where present
     * @throws IllegalArgumentException when a branch the format cannot do without is missing
     */
    NtupleLayout layout(String fileName, Set<String> branches, IngestOptions options);

    /** Fails with a message naming the file and branch unless the file has it. */
    static void require(String fileName, Set<String> branches, String... names) {
        for (String name : names) {
            if (!branches.contains(name)) {
                throw new IllegalArgumentException(fileName + " has no branch '" + name + "'");
            }
        }
    }
}
