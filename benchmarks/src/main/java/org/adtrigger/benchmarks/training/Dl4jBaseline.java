package org.adtrigger.benchmarks.training;

import org.adtrigger.trainer.arch.NetworkLayout;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The same autoencoder as a plain DL4J MultiLayerNetwork trained with {@code fit()}: the reference the issue
 * measures the trainer against. Unweighted, since DL4J has no per-example weights (the reason the trainer
 * uses SameDiff), and without the in-graph mask and scaler.
 */
final class Dl4jBaseline {
    private Dl4jBaseline() {
    }

    static MultiLayerNetwork network(NetworkLayout layout, double learningRate, long seed) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .list();
        var layers = layout.allLayers();
        for (int i = 0; i < layers.size(); i++) {
            var layer = layers.get(i);
            Activation activation = activation(layer.activation());
            if (i < layers.size() - 1) {
                list.layer(new DenseLayer.Builder().nIn(layer.inputs()).nOut(layer.outputs())
                        .activation(activation).build());
            } else {
                list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(layer.inputs())
                        .nOut(layer.outputs()).activation(activation).build());
            }
        }
        MultiLayerNetwork network = new MultiLayerNetwork(list.build());
        network.init();
        return network;
    }

    private static Activation activation(org.adtrigger.trainer.arch.Activation activation) {
        return switch (activation) {
            case RELU -> Activation.RELU;
            case TANH -> Activation.TANH;
            case SIGMOID -> Activation.SIGMOID;
            case LEAKYRELU -> Activation.LEAKYRELU;
            case ELU -> Activation.ELU;
            case LINEAR -> Activation.IDENTITY;
        };
    }
}
