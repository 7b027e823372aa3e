package io.junction.testing;

import io.junction.label.LabelService;
import io.junction.logistics.PreAdviceService;
import io.junction.order.OrderControlService;
import io.junction.order.OrderEditService;
import io.junction.writeback.WriteBackService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * For tests that change how an order is packed (merge, split): the services its packages then go through, each
 * step called directly (an edit, tracking, the print, a hold or cancel, the write-back to the marketplace).
 */
public abstract class PackageChangeTest extends FakeShopTest {

    @Autowired
    protected OrderEditService edits;

    @Autowired
    protected PreAdviceService preAdvice;

    @Autowired
    protected LabelService labels;

    @Autowired
    protected WriteBackService writeBack;

    @Autowired
    protected OrderControlService control;
}
