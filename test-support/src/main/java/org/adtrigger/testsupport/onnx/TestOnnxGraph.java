package org.adtrigger.testsupport.onnx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes ONNX models (IR 8, opset 17) for tests from a handful of nodes. Field numbers are those of
 * onnx.proto: ModelProto, GraphProto, NodeProto, TensorProto, ValueInfoProto, TypeProto.
 */
final class TestOnnxGraph {
    private static final int FLOAT = 1;
    private static final int ATTRIBUTE_INT = 2;
    private static final int ATTRIBUTE_INTS = 7;

    private final ProtoWriter graph = new ProtoWriter().string(2, "test-graph");

    /** A float input or output; a negative dimension is dynamic (named "batch"). */
    TestOnnxGraph input(String name, long... dims) {
        graph.message(11, valueInfo(name, dims));
        return this;
    }

    TestOnnxGraph output(String name, long... dims) {
        graph.message(12, valueInfo(name, dims));
        return this;
    }

    TestOnnxGraph initializer(String name, float[] values, long... dims) {
        ProtoWriter tensor = new ProtoWriter();
        for (long d : dims) {
            tensor.varint(1, d);
        }
        graph.message(5, tensor.varint(2, FLOAT).string(8, name).rawFloats(9, values));
        return this;
    }

    TestOnnxGraph node(String opType, String[] inputs, String output, ProtoWriter... attributes) {
        ProtoWriter node = new ProtoWriter();
        for (String in : inputs) {
            node.string(1, in);
        }
        node.string(2, output).string(3, output + "_node").string(4, opType);
        for (ProtoWriter attribute : attributes) {
            node.message(5, attribute);
        }
        graph.message(1, node);
        return this;
    }

    /** An integer attribute (AttributeProto type INT). */
    static ProtoWriter intAttribute(String name, long value) {
        return new ProtoWriter().string(1, name).varint(3, value).varint(20, ATTRIBUTE_INT);
    }

    /** An integer-list attribute (AttributeProto type INTS), e.g. ReduceMean's axes. */
    static ProtoWriter intsAttribute(String name, long... values) {
        ProtoWriter attribute = new ProtoWriter().string(1, name).varint(20, ATTRIBUTE_INTS);
        for (long v : values) {
            attribute.varint(8, v);
        }
        return attribute;
    }

    /** Writes the model with the given metadata_props entries. */
    void write(Path file, Map<String, String> metadata) {
        ProtoWriter model = new ProtoWriter()
                .varint(1, 8)
                .string(2, "adtrigger-tests")
                .message(7, graph)
                .message(8, new ProtoWriter().string(1, "").varint(2, 17));
        metadata.forEach((key, value) -> model.message(14, new ProtoWriter().string(1, key).string(2, value)));
        try {
            Files.write(file, model.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProtoWriter valueInfo(String name, long[] dims) {
        ProtoWriter shape = new ProtoWriter();
        for (long d : dims) {
            shape.message(1, d < 0 ? new ProtoWriter().string(2, "batch") : new ProtoWriter().varint(1, d));
        }
        ProtoWriter tensorType = new ProtoWriter().varint(1, FLOAT).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }
}
