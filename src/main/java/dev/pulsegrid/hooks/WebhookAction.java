package dev.pulsegrid.hooks;

import dev.pulsegrid.cluster.MembershipEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** POSTs the event's JSON to a URL ({@code --webhook}); any 2xx is success. */
final class WebhookAction implements EventAction {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookAction.class);
    private final URI url;
    private final HttpClient http;

    WebhookAction(URI url) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public String name() {
        return "webhook:" + url;
    }

    @Override
    public Outcome run(MembershipEvent e, String json, Duration timeout) {
        HttpRequest req = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "pulsegrid")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            int status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                LOG.warn("webhook {} answered {} for {} {}→{}", url, status, e.nodeId(), e.from(), e.to());
                return Outcome.FAILED;
            }
            return Outcome.OK;
        } catch (HttpTimeoutException ex) {
            LOG.warn("webhook {} timed out after {} ms", url, timeout.toMillis());
            return Outcome.TIMED_OUT;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        } catch (Exception ex) {
            LOG.warn("webhook {} failed: {}", url, ex.toString());
            return Outcome.FAILED;
        }
    }
}
