package org.amparo.web;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/** A workbook or document written by a service, handed to the browser as a download. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Downloads() {
    }

    /** Runs the writer into memory first, so a failure is a message on the page, not half a file. */
    public static StreamedContent xlsx(String fileName, Consumer<ByteArrayOutputStream> writer) {
        return of(fileName, XLSX, writer);
    }

    /** A PDF, the same way. */
    public static StreamedContent pdf(String fileName, Consumer<ByteArrayOutputStream> writer) {
        return of(fileName, PDF, writer);
    }

    /** A Word document, the same way. */
    public static StreamedContent docx(String fileName, Consumer<ByteArrayOutputStream> writer) {
        return of(fileName, DOCX, writer);
    }

    private static StreamedContent of(String fileName, String contentType, Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        writer.accept(buffer);
        byte[] bytes = buffer.toByteArray();
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
