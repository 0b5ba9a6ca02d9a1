package org.amparo.web.monitoring;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /amparo/map}, the address people are told, sends them on to the map page with the same query. */
@WebServlet("/map")
public class MapAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + "/map.xhtml" + (query == null ? "" : "?" + query));
    }
}
