package com.example.notifications;

import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/** Delivers webhooks to subscribers with hand-written retry loops. */
@Component
public class WebhookDispatcher {

    private static final int MAX_ATTEMPTS = 3;

    private final RestTemplate restTemplate;
    private final RestClient restClient;
    private final JdbcTemplate jdbcTemplate;
    private final DeliveryCounterRepository counters;

    public WebhookDispatcher(RestTemplate restTemplate, RestClient restClient, JdbcTemplate jdbcTemplate,
            DeliveryCounterRepository counters) {
        this.restTemplate = restTemplate;
        this.restClient = restClient;
        this.jdbcTemplate = jdbcTemplate;
        this.counters = counters;
    }

    // a POST that timed out may have been delivered: the subscriber receives it again
    public void deliver(DeliveryEvent event) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) { // expect: non-idempotent-retry
            try {
                restTemplate.postForObject(event.subscriberUrl(), event.payload(), Void.class);
                return;
            } catch (RestClientException e) {
                pause(attempt);
            }
        }
        throw new IllegalStateException("webhook " + event.eventId() + " not delivered");
    }

    public void deliverWithRestClient(DeliveryEvent event) {
        int failures = 0;
        while (true) { // expect: non-idempotent-retry
            try {
                restClient.post().uri(event.subscriberUrl()).body(event.payload()).retrieve().toBodilessEntity();
                break;
            } catch (RestClientException e) {
                if (++failures >= MAX_ATTEMPTS) {
                    throw e;
                }
                pause(failures);
            }
        }
    }

    // every attempt inserts another log row
    public void logDelivery(DeliveryEvent event) {
        boolean logged = false;
        int tries = 0;
        do { // expect: non-idempotent-retry
            try {
                jdbcTemplate.update("insert into delivery_log (event_id, subscriber_url, type) values (?, ?, ?)",
                        event.eventId(), event.subscriberUrl(), event.type());
                logged = true;
            } catch (DataAccessException e) {
                tries++;
            }
        } while (!logged && tries < MAX_ATTEMPTS);
    }

    public void countDelivery(DeliveryEvent event) {
        for (int attempt = 1; ; attempt++) { // expect: non-idempotent-retry
            try {
                counters.countDelivery(event.subscriberUrl());
                return;
            } catch (DataAccessException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: one try per subscriber, not a retry of the same delivery
    public void broadcast(List<DeliveryEvent> events) {
        for (DeliveryEvent event : events) {
            try {
                restTemplate.postForObject(event.subscriberUrl(), event.payload(), Void.class);
            } catch (RestClientException e) {
                jdbcTemplate.update("insert into delivery_failure (event_id) values (?)", event.eventId());
            }
        }
    }

    // safe: retrying a GET reads again
    public String fetchSubscriberSettings(String url) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return restTemplate.getForObject(url, String.class);
            } catch (RestClientException e) {
                pause(attempt);
            }
        }
        return null;
    }

    // safe: the insert ignores a row that is already there
    public void logDeliveryOnce(DeliveryEvent event) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                jdbcTemplate.update("insert into delivery_log (event_id, subscriber_url, type) values (?, ?, ?) "
                        + "on conflict (event_id) do nothing", event.eventId(), event.subscriberUrl(), event.type());
                return;
            } catch (DataAccessException e) {
                pause(attempt);
            }
        }
    }

    // safe: the subscriber deduplicates on the Idempotency-Key header
    public void deliverIdempotently(DeliveryEvent event) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                restClient.post().uri(event.subscriberUrl())
                        .header("Idempotency-Key", event.eventId())
                        .body(event.payload())
                        .retrieve()
                        .toBodilessEntity();
                return;
            } catch (RestClientException e) {
                pause(attempt);
            }
        }
    }

    // safe: the catch gives up at once, nothing is retried
    public void deliverOnce(DeliveryEvent event) {
        while (true) {
            try {
                restTemplate.postForObject(event.subscriberUrl(), event.payload(), Void.class);
                return;
            } catch (RestClientException e) {
                throw new IllegalStateException("webhook " + event.eventId() + " failed", e);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
