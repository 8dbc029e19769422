package io.parallax.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a long list in the JSON API: the items, where they stand in the whole ({@code page}, {@code size},
 * {@code total}) and links to the pages before and after, the request's other parameters kept.
 */
public record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages, String next, String previous) {

    public static <T> ApiPage<T> of(List<T> items, Paging paging, long total, HttpServletRequest request) {
        String next = paging.hasNext(total) ? link(request, paging.page() + 1) : null;
        String previous = paging.page() > 1 ? link(request, Math.min(paging.page() - 1, paging.totalPages(total))) : null;
        return new ApiPage<>(items, paging.page(), paging.size(), total, paging.totalPages(total), next, previous);
    }

    /** The request's own address (path and query, without scheme and host) with another page number. */
    public static String link(HttpServletRequest request, int page) {
        return link(request, "page", page);
    }

    public static String link(HttpServletRequest request, String pageParam, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam(pageParam, page).build().toUriString();
    }
}
