package org.summitkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.summitkg.SummitKgException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;

/**
 * The viewer's own SPARQL endpoint ({@code /viewer/sparql}): SELECT only, read-only, at most
 * {@code maxRows} rows whatever LIMIT the query asks for, and the server's query timeout.
 */
final class ViewerQueryServlet extends HttpServlet {
    private final Dataset dataset;
    private final long maxRows;
    private final long timeoutMs;

    ViewerQueryServlet(Dataset dataset, long maxRows, long timeoutMs) {
        this.dataset = dataset;
        this.maxRows = maxRows;
        this.timeoutMs = timeoutMs;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request.getParameter("query"), response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request.getParameter("query"), response);
    }

    private void answer(String text, HttpServletResponse response) throws IOException {
        Query query;
        try {
            query = QueryFactory.create(text == null ? "" : text);
        } catch (QueryParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "SPARQL syntax error: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        if (!query.isSelectType()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "the viewer endpoint answers SELECT queries only");
            return;
        }
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows);
        }
        response.setContentType("application/sparql-results+json; charset=utf-8");
        try {
            dataset.executeRead(() -> {
                try (QueryExecution exec = QueryExecution.dataset(dataset).query(query)
                        .timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
                    ResultSetFormatter.outputAsJSON(response.getOutputStream(), exec.execSelect());
                } catch (IOException e) {
                    throw new SummitKgException("viewer query answer cannot be sent (" + e.getMessage() + ")", e);
                }
            });
        } catch (QueryCancelledException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query timed out after " + timeoutMs + " ms");
        }
    }
}
