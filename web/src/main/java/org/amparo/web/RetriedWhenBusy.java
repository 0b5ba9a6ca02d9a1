package org.amparo.web;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page actions and API calls that change a case's process: when the engine changed the same process at the same
 * moment ({@link org.amparo.process.ProcessBusyException}: a hold's timer firing as the user completes a step), the
 * whole call is made again, in a new transaction, a moment later. See {@link RetriedWhenBusyInterceptor}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedWhenBusy {
}
