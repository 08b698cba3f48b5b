package io.aisle.retention.internal;

import io.aisle.insights.CustomerScore;
import io.aisle.retention.data.CampaignRepository;
import io.aisle.retention.data.CampaignRepository.NewCampaign;
import io.aisle.retention.data.MemberRepository;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes a campaign and its members, drawn into treatment and control, in one transaction. */
@Component
public class CampaignCreation {

    private final CampaignRepository campaigns;
    private final MemberRepository members;

    CampaignCreation(CampaignRepository campaigns, MemberRepository members) {
        this.campaigns = campaigns;
        this.members = members;
    }

    /**
     * Returns the new campaign's id. A request key used before fails with a duplicate key (also when another
     * transaction inserts it at the same moment: the unique key makes this one wait, then fail), and nothing is kept.
     */
    @Transactional
    public long create(NewCampaign campaign, List<CustomerScore> customers) {
        long id = campaigns.insert(campaign);
        members.insertAll(id, AudienceDraw.draw(customers, campaign.controlShare(), campaign.seed()));
        return id;
    }
}
