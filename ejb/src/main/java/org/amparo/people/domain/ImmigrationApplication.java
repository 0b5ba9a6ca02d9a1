package org.amparo.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** An earlier attempt to change status (asylum, U visa, adjustment, ...) and what came of it. */
@Embeddable
public class ImmigrationApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "kind", nullable = false, length = 120)
    private String kind;

    @Column(name = "result", length = 120)
    private String result;

    protected ImmigrationApplication() {
    }

    public ImmigrationApplication(LocalDate filedOn, String kind, String result) {
        this.filedOn = filedOn;
        this.kind = kind;
        this.result = result;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public String kind() {
        return kind;
    }

    public String result() {
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImmigrationApplication a && Objects.equals(filedOn, a.filedOn)
                && Objects.equals(kind, a.kind) && Objects.equals(result, a.result);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filedOn, kind, result);
    }

    @Override
    public String toString() {
        return kind + (filedOn == null ? "" : " " + filedOn) + (result == null ? "" : ": " + result);
    }
}
