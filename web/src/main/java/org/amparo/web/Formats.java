package org.amparo.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Date-times as pages show them: local ones as the facility's clock reads, instants in UTC, saying so. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String utc(Instant at) {
        return at == null ? "" : MINUTES.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + " UTC";
    }

    public String local(LocalDateTime at) {
        return at == null ? "" : MINUTES.format(at);
    }
}
