package com.example.newsletter.service;

import com.example.newsletter.domain.ListMembership;
import com.example.newsletter.domain.Subscriber;
import com.example.newsletter.repository.ListMembershipRepository;
import com.example.newsletter.repository.SubscriberRepository;
import org.springframework.stereotype.Service;

@Service
public class SubscriptionService {

    private final SubscriberRepository subscribers;
    private final ListMembershipRepository memberships;

    public SubscriptionService(SubscriberRepository subscribers, ListMembershipRepository memberships) {
        this.subscribers = subscribers;
        this.memberships = memberships;
    }

    // mobile has a plain (non-unique) index
    public Subscriber subscribeBySms(String mobile) {
        if (subscribers.existsByMobile(mobile)) {
            throw new IllegalStateException("already subscribed");
        }
        return subscribers.save(new Subscriber(null, mobile)); // expect: check-then-insert
    }

    // --- no finding below -------------------------------------------------------------------

    // @Indexed(unique = true)
    public Subscriber subscribe(String email) {
        if (subscribers.existsByEmail(email)) {
            throw new IllegalStateException("already subscribed");
        }
        return subscribers.save(new Subscriber(email, null));
    }

    // @CompoundIndex(unique = true) on (listId, email)
    public void join(String listId, String email) {
        if (!memberships.existsByListIdAndEmail(listId, email)) {
            memberships.insert(new ListMembership(listId, email));
        }
    }
}
