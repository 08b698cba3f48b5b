package io.aisle.retention.internal;

import io.aisle.insights.CustomerScore;
import io.aisle.platform.InvalidRequestException;
import io.aisle.retention.data.CampaignRepository;
import io.aisle.retention.data.CampaignRepository.NewCampaign;
import io.aisle.retention.data.MemberRepository;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a campaign and its members, drawn into treatment and control, in one transaction, with campaign starts
 * taking turns: under the start lock, a submission that started a campaign before gets that campaign back, and the
 * customers already in a campaign whose horizon still runs are left out (no customer gets two offers, or sits in two
 * experiments, at once).
 */
@Component
public class CampaignCreation {

    private final CampaignRepository campaigns;
    private final MemberRepository members;

    CampaignCreation(CampaignRepository campaigns, MemberRepository members) {
        this.campaigns = campaigns;
        this.members = members;
    }

    /** The campaign's id, and whether this call created it. */
    public record Created(long id, boolean created) {
    }

    /**
     * @throws InvalidRequestException when every customer is already in a running campaign; nothing is kept
     */
    @Transactional
    public Created create(NewCampaign campaign, List<CustomerScore> customers) {
        // first: the reads below must see what the start that held the lock before committed
        campaigns.lockStarts();
        var earlier = campaigns.findIdByRequestKey(campaign.requestKey());
        if (earlier.isPresent()) {
            return new Created(earlier.get(), false);
        }
        List<CustomerScore> free = free(customers, members.findUsersInRunningCampaigns(campaign.startedAt()));
        if (free.isEmpty()) {
            throw new InvalidRequestException("minChurnProbability", "and minPredictedSpend choose only customers "
                    + "who are already in a running campaign");
        }
        long id = campaigns.insert(campaign);
        members.insertAll(id, AudienceDraw.draw(free, campaign.controlShare(), campaign.seed()));
        return new Created(id, true);
    }

    public static List<CustomerScore> free(List<CustomerScore> customers, Set<Long> busy) {
        return customers.stream().filter(c -> !busy.contains(c.userId())).toList();
    }
}
