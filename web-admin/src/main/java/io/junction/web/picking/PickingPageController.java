package io.junction.web.picking;

import io.junction.picking.PickingRefusedException;
import io.junction.picking.PickingService;
import io.junction.web.order.RefusalText;
import io.junction.web.page.Documents;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    public PickingPageController(PickingService picking, Documents captions, RefusalText refusals) {
        this.picking = picking;
        this.captions = captions;
        this.refusals = refusals;
    }

    @PostMapping("/pick-list.pdf")
    public ResponseEntity<byte[]> pickList(@RequestParam(required = false) List<Long> orderIds) {
        return Documents.inline(picking.pickList(ids(orderIds), captions.under("picking.")), "pick-list.pdf");
    }

    @PostMapping("/packing-slips.pdf")
    public ResponseEntity<byte[]> packingSlips(@RequestParam(required = false) List<Long> orderIds) {
        return Documents.inline(picking.packingSlips(ids(orderIds), captions.under("picking.")), "packing-slips.pdf");
    }

    private static List<Long> ids(List<Long> orderIds) {
        if (orderIds != null && orderIds.contains(null)) {
            throw new IllegalArgumentException("an empty order id in " + orderIds);
        }
        return orderIds == null ? List.of() : orderIds;
    }

    @ExceptionHandler(PickingRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public String refused(PickingRefusedException e, Model model) {
        model.addAttribute("problems", PickingController.said(e, refusals));
        return "picking/refused";
    }
}
