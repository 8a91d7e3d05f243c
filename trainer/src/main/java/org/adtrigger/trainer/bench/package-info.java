/**
 * {@code adtrigger bench physics}: every method against every signal at fixed seeds, through the same
 * {@code train} and {@code evaluate} commands a user runs, summarised as Markdown and JSON tables.
 */
package org.adtrigger.trainer.bench;
