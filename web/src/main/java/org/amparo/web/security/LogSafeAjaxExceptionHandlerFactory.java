package org.amparo.web.security;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;
import org.amparo.platform.LogSafe;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandlerFactory;

/**
 * OmniFaces' handling of a page's failure in an Ajax request (the error page shown in place of the page), logging the
 * failure as every other log line of Amparo does: its classes and stack frames, none of its messages, which may quote
 * the data the page was saving ({@link LogSafe}), under an incident reference the error page shows
 * ({@link FailurePages#logIncident}). A subclass of OmniFaces' factory, so that OmniFaces still sees its
 * handler configured.
 */
public class LogSafeAjaxExceptionHandlerFactory extends FullAjaxExceptionHandlerFactory {

    public LogSafeAjaxExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends FullAjaxExceptionHandler {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
            // the types the installation asked not to log are asked of the failure itself, not of its copy
            for (Class<? extends Throwable> ignored : getExceptionTypesToIgnoreInLogging((ServletContext) context.getExternalContext().getContext())) {
                if (ignored.isInstance(exception)) {
                    return;
                }
            }
            if (context.getExternalContext().getRequest() instanceof jakarta.servlet.http.HttpServletRequest request) {
                // one line with an incident reference, as a page's failure outside Ajax is logged; the error page shows it
                FailurePages.logIncident(request, exception);
            } else {
                super.logException(context, LogSafe.withoutMessages(exception), location, reason);
            }
        }
    }
}
