package io.aisle.modeling;

import static org.assertj.core.api.Assertions.assertThat;

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
    void valuesAreInTheOrderOfTheNames() {
        double[] distinct = IntStream.range(0, CustomerFeatures.NAMES.size()).asDoubleStream().toArray();
        CustomerFeatures features = new CustomerFeatures(7, distinct[0], distinct[1], distinct[2], distinct[3],
                distinct[4], distinct[5], distinct[6], distinct[7], distinct[8], distinct[9], distinct[10],
                distinct[11], distinct[12], distinct[13], distinct[14], distinct[15], distinct[16], distinct[17],
                distinct[18], distinct[19], distinct[20], distinct[21]);

        assertThat(features.values()).containsExactly(distinct);
    }
}
