/**
 * The one file-writing utility every module needs: outputs written under a temporary name and moved into
 * place on success. It lives in core, not in a module of its own, because every writer (ingest, scoring,
 * trainer, streams-app, benchmarks) depends on core; it knows no file format.
 */
package org.adtrigger.core.io;
