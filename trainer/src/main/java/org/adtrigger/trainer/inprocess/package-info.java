/**
 * Running {@code adtrigger} commands inside this JVM, as the command line would, and keeping what they make for
 * reuse while their parameters stay the same: how the physics benchmark and the studies train and evaluate.
 */
package org.adtrigger.trainer.inprocess;
