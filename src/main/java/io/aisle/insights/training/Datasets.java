package io.aisle.insights.training;

import io.aisle.insights.CustomerFeatures;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/** Training rows as Tribuo datasets: a churn/stay label, or the spend as a one-dimensional regressor. */
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
        List<Example<Label>> examples = rows.stream().map(Datasets::churnExample).toList();
        return new MutableDataset<>(new ListDataSource<>(examples, LABELS,
                new SimpleDataSourceProvenance("churn rows", LABELS)));
    }

    public static MutableDataset<Regressor> spend(List<TrainingRow> rows) {
        List<Example<Regressor>> examples = rows.stream().map(Datasets::spendExample).toList();
        return new MutableDataset<>(new ListDataSource<>(examples, REGRESSORS,
                new SimpleDataSourceProvenance("spend rows", REGRESSORS)));
    }

    /** Examples to score; the label is a placeholder the model ignores. */
    public static List<Example<Label>> churnExamples(List<TrainingRow> rows) {
        return rows.stream().map(Datasets::churnExample).toList();
    }

    public static List<Example<Regressor>> spendExamples(List<TrainingRow> rows) {
        return rows.stream().map(Datasets::spendExample).toList();
    }

    private static Example<Label> churnExample(TrainingRow row) {
        return new ArrayExample<>(new Label(row.churned() ? CHURNED : STAYED), NAMES, row.features());
    }

    private static Example<Regressor> spendExample(TrainingRow row) {
        return new ArrayExample<>(new Regressor(SPEND, row.spend()), NAMES, row.features());
    }
}
