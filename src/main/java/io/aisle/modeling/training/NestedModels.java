package io.aisle.modeling.training;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.Base64;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.protos.core.ModelProto;

/**
 * The protobuf form of a model made of other models ({@link CalibratedChurnModel}, {@link TwoPartSpendModel}):
 * a {@link ModelProto} naming the composite class, whose data is a {@link Struct} holding each inner model's own
 * {@link ModelProto} (base64) and the numbers that join them. Tribuo finds the class by name and calls its
 * static {@code deserializeFromProto(int, String, Any)}, as for its own models, so a composite saves and
 * loads with {@code serializeToFile} and {@code Model.deserializeFromFile} like any other.
 */
final class NestedModels {

    private NestedModels() {
    }

    static ModelProto proto(Class<?> composite, Map<String, Model<?>> models, Map<String, Double> numbers) {
        Struct.Builder data = Struct.newBuilder();
        models.forEach((name, model) -> data.putFields(name, Value.newBuilder()
                .setStringValue(Base64.getEncoder().encodeToString(model.serialize().toByteArray())).build()));
        numbers.forEach((name, number) -> data.putFields(name, Value.newBuilder().setNumberValue(number).build()));
        return ModelProto.newBuilder().setVersion(0).setClassName(composite.getName())
                .setSerializedData(Any.pack(data.build())).build();
    }

    static Struct data(int version, Class<?> composite, Any message) {
        if (version != 0) {
            throw new IllegalArgumentException("unknown version " + version + " of " + composite.getSimpleName());
        }
        try {
            return message.unpack(Struct.class);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not a " + composite.getSimpleName(), e);
        }
    }

    static Model<?> model(Struct data, String name) {
        try {
            return Model.deserialize(ModelProto.parseFrom(
                    Base64.getDecoder().decode(data.getFieldsOrThrow(name).getStringValue())));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("model " + name + " is unreadable", e);
        }
    }

    static double number(Struct data, String name) {
        return data.getFieldsOrThrow(name).getNumberValue();
    }
}
