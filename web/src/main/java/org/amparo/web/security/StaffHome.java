package org.amparo.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.amparo.security.domain.Roles;

/**
 * Staff never see identified cases, so the case list (the first page after signing in, and where the error page leads
 * back) is no page of theirs: they are sent to the dashboard, which shows them counts.
 */
@WebFilter(filterName = "staffHome", urlPatterns = "/cases/list.xhtml")
public class StaffHome extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && request.getUserPrincipal() != null
                && !Roles.seesNames(request::isUserInRole)) {
            response.sendRedirect(request.getContextPath() + "/dashboard/index.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
