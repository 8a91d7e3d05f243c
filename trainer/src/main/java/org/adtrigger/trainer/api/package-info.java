/**
 * The trainer's typed API: {@link org.adtrigger.trainer.api.TrainingRun} turns a
 * {@link org.adtrigger.trainer.api.TrainRequest} into a {@link org.adtrigger.trainer.api.TrainedModel},
 * {@link org.adtrigger.trainer.api.ModelEvaluation} an {@link org.adtrigger.trainer.api.EvaluateRequest} into an
 * {@link org.adtrigger.trainer.api.EvaluationResult}. The {@code train} and {@code evaluate} commands, the studies
 * and the physics benchmark all go through it; it knows nothing of the command line.
 */
package org.adtrigger.trainer.api;
