package io.aisle.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomerFeaturesTests {

    @Test
    void namesFollowTheRecordComponentsInOrderSoValuesAndNamesNeverDrift() {
        List<String> components = Arrays.stream(CustomerFeatures.class.getRecordComponents())
                .skip(1) // userId identifies the row; it is not a feature
                .map(component -> component.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                        .replaceAll("([a-z])([0-9])", "$1_$2").toLowerCase())
                .toList();

        assertThat(CustomerFeatures.NAMES).containsExactlyElementsOf(components).doesNotHaveDuplicates();
    }

    @Test
    void valuesAreInTheOrderOfTheNames() throws ReflectiveOperationException {
        double[] distinct = IntStream.range(0, CustomerFeatures.NAMES.size()).asDoubleStream().toArray();
        Class<?>[] types = Arrays.stream(CustomerFeatures.class.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] arguments = new Object[types.length];
        arguments[0] = 7L;
        for (int i = 0; i < distinct.length; i++) {
            arguments[i + 1] = distinct[i];
        }

        CustomerFeatures features = CustomerFeatures.class.getDeclaredConstructor(types).newInstance(arguments);

        assertThat(features.values()).containsExactly(distinct);
    }
}
