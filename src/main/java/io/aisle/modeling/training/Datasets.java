package io.aisle.modeling.training;

import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.TrainingRow;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Training rows as Tribuo datasets: a churn/stay label, or the spend as a one-dimensional regressor.
 *
 * <p>A training dataset leaves out the features that are constant over its rows: they carry no information,
 * and standardizing one divides by a zero standard deviation, which makes every value NaN (a shop without
 * behaviour events, such as an imported transaction log, has nine such features). When scoring, the
 * models ignore the features they were not trained on.
 */
public final class Datasets {

    public static final String CHURNED = "churned";
    public static final String STAYED = "stayed";
    public static final String SPEND = "spend";

    private static final String[] NAMES = CustomerFeatures.NAMES.toArray(String[]::new);
    private static final LabelFactory LABELS = new LabelFactory();
    private static final RegressionFactory REGRESSORS = new RegressionFactory();

    private Datasets() {
    }

    public static MutableDataset<Label> churn(List<TrainingRow> rows) {
        boolean[] varying = varying(rows);
        List<Example<Label>> examples = rows.stream()
                .map(row -> example(new Label(row.churned() ? CHURNED : STAYED), row, varying)).toList();
        return new MutableDataset<>(new ListDataSource<>(examples, LABELS,
                new SimpleDataSourceProvenance("churn rows", LABELS)));
    }

    public static MutableDataset<Regressor> spend(List<TrainingRow> rows) {
        boolean[] varying = varying(rows);
        List<Example<Regressor>> examples = rows.stream()
                .map(row -> example(new Regressor(SPEND, row.spend()), row, varying)).toList();
        return new MutableDataset<>(new ListDataSource<>(examples, REGRESSORS,
                new SimpleDataSourceProvenance("spend rows", REGRESSORS)));
    }

    /**
     * The rows of customers who bought, with log(1 + spend) as the target: the spend-if-buying part of
     * {@link TwoPartSpendModel}.
     */
    /** Whether the customers who bought differ in any feature: with none that do, there is no spend to learn. */
    public static boolean buyersDiffer(List<TrainingRow> rows) {
        boolean[] varying = varying(rows.stream().filter(row -> !row.churned() && row.spend() > 0).toList());
        for (boolean feature : varying) {
            if (feature) {
                return true;
            }
        }
        return false;
    }

    public static MutableDataset<Regressor> logSpendOfBuyers(List<TrainingRow> rows) {
        List<TrainingRow> buyers = rows.stream().filter(row -> !row.churned() && row.spend() > 0).toList();
        boolean[] varying = varying(buyers);
        List<Example<Regressor>> examples = buyers.stream()
                .map(row -> example(new Regressor(SPEND, Math.log1p(row.spend())), row, varying)).toList();
        return new MutableDataset<>(new ListDataSource<>(examples, REGRESSORS,
                new SimpleDataSourceProvenance("log spend of buyers", REGRESSORS)));
    }

    /** Examples to score; the label is a placeholder the model ignores. */
    public static List<Example<Label>> churnExamples(List<TrainingRow> rows) {
        return rows.stream().map(Datasets::churnExample).toList();
    }

    public static List<Example<Regressor>> spendExamples(List<TrainingRow> rows) {
        return rows.stream().map(Datasets::spendExample).toList();
    }

    /** Which features take more than one value over the rows. */
    static boolean[] varying(List<TrainingRow> rows) {
        boolean[] varying = new boolean[NAMES.length];
        if (rows.isEmpty()) {
            return varying;
        }
        double[] first = rows.get(0).features();
        for (TrainingRow row : rows) {
            double[] values = row.features();
            for (int i = 0; i < NAMES.length; i++) {
                varying[i] |= values[i] != first[i];
            }
        }
        return varying;
    }

    private static <T extends Output<T>> Example<T> example(T output, TrainingRow row, boolean[] varying) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double[] features = row.features();
        for (int i = 0; i < NAMES.length; i++) {
            if (varying[i]) {
                names.add(NAMES[i]);
                values.add(features[i]);
            }
        }
        return new ArrayExample<>(output, names.toArray(String[]::new),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Example<Label> churnExample(TrainingRow row) {
        return new ArrayExample<>(new Label(row.churned() ? CHURNED : STAYED), NAMES, row.features());
    }

    private static Example<Regressor> spendExample(TrainingRow row) {
        return new ArrayExample<>(new Regressor(SPEND, row.spend()), NAMES, row.features());
    }
}
