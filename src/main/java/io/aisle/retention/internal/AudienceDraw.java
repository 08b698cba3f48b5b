package io.aisle.retention.internal;

import io.aisle.insights.CustomerScore;
import io.aisle.retention.Arm;
import io.aisle.retention.data.MemberRepository.NewMember;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The random split into treatment and control: complete randomisation, exactly round(n × share) customers in
 * control. The customers are put in user id order and shuffled with the campaign's seed, so the same seed and the
 * same customers always give the same split (anyone can re-draw it from the recorded seed).
 */
public final class AudienceDraw {

    private AudienceDraw() {
    }

    public static List<NewMember> draw(List<CustomerScore> customers, double controlShare, long seed) {
        List<CustomerScore> shuffled = new ArrayList<>(customers);
        shuffled.sort(Comparator.comparingLong(CustomerScore::userId));
        Collections.shuffle(shuffled, new Random(seed));
        long control = controlSize(shuffled.size(), controlShare);
        List<NewMember> members = new ArrayList<>(shuffled.size());
        for (int i = 0; i < shuffled.size(); i++) {
            CustomerScore s = shuffled.get(i);
            members.add(new NewMember(s.userId(), i < control ? Arm.CONTROL : Arm.TREATMENT, s.churnProbability(),
                    s.predictedSpend()));
        }
        return members;
    }

    public static long controlSize(long customers, double controlShare) {
        return Math.round(customers * controlShare);
    }
}
