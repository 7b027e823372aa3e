package io.junction.web.picking;

import io.junction.picking.PickingRefusedException;
import io.junction.picking.PickingService;
import io.junction.web.order.OrderActions;
import io.junction.web.order.OrderListParams;
import io.junction.web.order.RefusalText;
import io.junction.web.page.Documents;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The order list's pick-list and packing-slip buttons: the PDF in a new tab, or a page that says why not. */
@Controller
@RequestMapping("/picking")
public class PickingPageController {

    private final PickingService picking;
    private final Documents captions;
    private final RefusalText refusals;
    private final OrderActions actions;

    public PickingPageController(
            PickingService picking, Documents captions, RefusalText refusals, OrderActions actions) {
        this.picking = picking;
        this.captions = captions;
        this.refusals = refusals;
        this.actions = actions;
    }

    /** The ticked orders' pick list, or (allMatching) that of every order the list shows with its filter. */
    @PostMapping("/pick-list.pdf")
    public ResponseEntity<byte[]> pickList(
            @RequestParam(required = false) List<Long> orderIds,
            @RequestParam(required = false) String allMatching,
            @ModelAttribute OrderListParams listed) {
        return Documents.inline(
                picking.pickList(ids(orderIds, allMatching, listed), captions.under("picking.")), "pick-list.pdf");
    }

    @PostMapping("/packing-slips.pdf")
    public ResponseEntity<byte[]> packingSlips(
            @RequestParam(required = false) List<Long> orderIds,
            @RequestParam(required = false) String allMatching,
            @ModelAttribute OrderListParams listed) {
        return Documents.inline(
                picking.packingSlips(ids(orderIds, allMatching, listed), captions.under("picking.")),
                "packing-slips.pdf");
    }

    private List<Long> ids(List<Long> orderIds, String allMatching, OrderListParams listed) {
        if (orderIds != null && orderIds.contains(null)) {
            throw new IllegalArgumentException("an empty order id in " + orderIds);
        }
        return actions.printSelectionOnPage(orderIds, "true".equals(allMatching), listed);
    }

    @ExceptionHandler(PickingRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public String refused(PickingRefusedException e, Model model) {
        model.addAttribute("problems", PickingController.said(e, refusals));
        return "picking/refused";
    }
}
