package org.amparo.web.api;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.amparo.rules.Reason;
import org.amparo.rules.ScreeningFacts;
import org.amparo.rules.ScreeningResult;
import org.amparo.rules.detainer.DetainerFinding;
import org.amparo.rules.detainer.DetainerScreen;
import org.amparo.screening.application.ScreeningService;

/**
 * {@code POST /api/v1/screening}: the stateless screening of SCREENING.md. Nothing sent here is stored or logged.
 * Reasons are in English unless the client prefers Spanish ({@code Accept-Language: es}).
 */
@Path("v1/screening")
public class ScreeningResource {

    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Inject
    ScreeningService screening;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject screen(String body, @Context HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().stream()
                .filter(l -> "es".equals(l.getLanguage())).findFirst().map(l -> Locale.forLanguageTag("es"))
                .orElse(Locale.ENGLISH);
        ScreeningFacts facts = new ScreeningRequestReader(screening.documentForms(), screening.today()).read(body);
        return toJson(screening.screen(facts, locale), locale);
    }

    static JsonObject toJson(ScreeningResult result, Locale locale) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("ruleSet", result.priority().ruleSet())
                .add("enforcementPriority", result.priority().priority().name())
                .add("priorityReasons", texts(result.priority().reasons(), locale))
                .add("daca", Json.createObjectBuilder()
                        .add("result", result.daca().result().name())
                        .add("reasons", texts(result.daca().reasons(), locale)))
                .add("scaap", Json.createObjectBuilder()
                        .add("eligible", result.scaap().eligible())
                        .add("reasons", texts(result.scaap().reasons(), locale)));
        DetainerScreen detainer = result.detainer();
        if (detainer != null) {
            JsonObjectBuilder d = Json.createObjectBuilder();
            LocalDateTime expiry = detainer.holdExpiresAt();
            if (expiry == null) {
                d.addNull("holdExpiresAt");
            } else {
                d.add("holdExpiresAt", LOCAL_DATE_TIME.format(expiry));
            }
            JsonArrayBuilder codes = Json.createArrayBuilder();
            detainer.codes().forEach(f -> codes.add(f.name()));
            JsonArrayBuilder reasons = Json.createArrayBuilder();
            for (DetainerFinding f : detainer.findings()) {
                reasons.add(Json.createObjectBuilder().add("finding", f.finding().name()).add("reason", f.reason().text(locale)));
            }
            d.add("ruleSet", detainer.ruleSet());
            d.add("findings", codes).add("findingReasons", reasons).add("escalate", detainer.escalate());
            json.add("detainer", d);
        }
        json.add("disclaimer", Reason.of("disclaimer").text(locale));
        return json.build();
    }

    private static JsonArrayBuilder texts(List<Reason> reasons, Locale locale) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        reasons.forEach(r -> array.add(r.text(locale)));
        return array;
    }
}
