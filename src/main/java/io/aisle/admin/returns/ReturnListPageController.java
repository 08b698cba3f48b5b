package io.aisle.admin.returns;

import io.aisle.admin.internal.Pager;
import io.aisle.platform.Htmx;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.returns.Return;
import io.aisle.returns.ReturnAdmin;
import io.aisle.returns.ReturnStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every return, newest first, filtered by status (kept in the URL); filtering or a page swaps only the results. */
@Controller
class ReturnListPageController {

    static final int PAGE_SIZE = 20;

    private final ReturnAdmin returns;

    ReturnListPageController(ReturnAdmin returns) {
        this.returns = returns;
    }

    @GetMapping("/admin/returns")
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        ReturnStatus wanted = ReturnStatus.parse(status);
        PageResult<Return> result = returns.list(wanted, new PageQuery(page, PAGE_SIZE));
        model.addAttribute("returns", result.content());
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", ReturnStatus.values());
        model.addAttribute("pager", Pager.of(result, request));
        return Htmx.view(request, response, "admin/returns/list", "results");
    }
}
