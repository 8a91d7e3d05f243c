package org.adtrigger.streams.readback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;

/**
 * A {@link TopicRecord} as one line of JSON: {@code {"topic", "partition", "offset", "timestampMs", "key",
 * "value"}} ({@code "error"} instead of {@code "value"} for a record that did not decode). Avro fields keep
 * their schema names; enums and strings are strings, bytes are base64, and a float that is not finite (an
 * unrecorded metPhi is NaN) is {@code null}, as JSON has no NaN.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordJson() {
    }

    public static String line(TopicRecord record) {
        ObjectNode root = NODES.objectNode();
        root.put("topic", record.topic());
        root.put("partition", record.partition());
        root.put("offset", record.offset());
        root.put("timestampMs", record.timestampMs());
        root.put("key", record.key());
        if (record.error() != null) {
            root.put("error", record.error());
        } else {
            root.set("value", node(record.value()));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record as JSON", e);
        }
    }

    /** An Avro datum (record, array, map, enum, string, number, bytes, null) as JSON. */
    static JsonNode node(Object datum) {
        if (datum == null) {
            return NODES.nullNode();
        }
        if (datum instanceof IndexedRecord r) {
            ObjectNode object = NODES.objectNode();
            for (Schema.Field f : r.getSchema().getFields()) {
                object.set(f.name(), node(r instanceof GenericRecord g ? g.get(f.name()) : r.get(f.pos())));
            }
            return object;
        }
        if (datum instanceof Collection<?> items) {
            var array = NODES.arrayNode();
            items.forEach(item -> array.add(node(item)));
            return array;
        }
        if (datum instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(k.toString(), node(v)));
            return object;
        }
        if (datum instanceof ByteBuffer bytes) {
            ByteBuffer copy = bytes.duplicate();
            byte[] raw = new byte[copy.remaining()];
            copy.get(raw);
            return NODES.textNode(Base64.getEncoder().encodeToString(raw));
        }
        if (datum instanceof Float f) {
            return Float.isFinite(f) ? NODES.numberNode(f) : NODES.nullNode();
        }
        if (datum instanceof Double d) {
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.nullNode();
        }
        if (datum instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (datum instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (datum instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return NODES.textNode(datum.toString());
    }
}
