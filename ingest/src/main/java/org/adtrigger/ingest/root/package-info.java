/**
 * A pure-Java reader for flat ROOT ntuples: file header and directories, the streamed TTree, TBranch and
 * TLeaf metadata of ROOT 5.x and 6.x, baskets on disk or kept inside the tree record, and column-wise
 * decoding of scalar, fixed-array, counted-array and {@code std::vector<T>} branches of primitive types and
 * of C-string ({@code TLeafC}) branches.
 *
 * <p>Entry point: {@link org.adtrigger.ingest.root.RootFile}. Every length, offset and count read from a
 * file is checked; a file the reader cannot read raises {@link org.adtrigger.ingest.root.RootFormatException}
 * naming the file, the object and the byte offset.
 */
package org.adtrigger.ingest.root;
