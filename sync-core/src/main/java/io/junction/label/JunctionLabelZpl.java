package io.junction.label;

import java.util.List;

/**
 * Junction's label in ZPL II for thermal printers at 203 dpi (100 × 100 mm = 800 × 800 dots): the same
 * fields as the PDF. Text is sent as UTF-8 ({@code ^CI28}); a printer draws non-Latin scripts only with a
 * Unicode font loaded, so the PDF stays the choice for such addresses.
 */
public final class JunctionLabelZpl {

    private JunctionLabelZpl() {}

    /** The labels one after another, one {@code ^XA … ^XZ} each. */
    public static String write(List<JunctionLabel> labels) {
        StringBuilder zpl = new StringBuilder();
        labels.forEach(label -> write(label, zpl));
        return zpl.toString();
    }

    private static void write(JunctionLabel label, StringBuilder zpl) {
        zpl.append("^XA^CI28^PW800^LL800\n");
        int y = 20;
        y = text(zpl, y, 30, label.methodName());
        y = text(zpl, y, 20, "FROM: " + JunctionLabelRenderer.oneLine(label.sender()));
        zpl.append("^FO20,").append(y).append("^GB760,2,2^FS\n");
        y += 10;
        y = text(zpl, y, 20, "TO:");
        boolean first = true;
        for (String line : JunctionLabelRenderer.addressLines(label.recipient())) {
            y = text(zpl, y, first ? 32 : 26, line);
            first = false;
        }
        y = Math.max(y, 330);
        zpl.append("^FO40,")
                .append(y)
                .append("^BY2^BCN,110,Y,N,N^FD")
                .append(field(label.trackingNumber()))
                .append("^FS\n");
        y += 150;
        y = text(zpl, y, 22, "Order: " + label.platformOrderId() + "   Ref: " + label.reference());
        y = text(
                zpl,
                y,
                22,
                "Weight: " + JunctionLabelRenderer.kilograms(label.weightGrams()) + " kg   SKU: " + label.skuSummary());
        if (label.customs() != null) {
            JunctionLabel.Cn22 cn22 = label.customs();
            y = text(zpl, y + 6, 22, "CUSTOMS DECLARATION CN 22   [X] Sale of goods");
            for (JunctionLabel.Cn22.Item item : cn22.items()) {
                y = text(
                        zpl,
                        y,
                        18,
                        item.description() + " x" + item.quantity() + "  "
                                + JunctionLabelRenderer.kilograms(item.weightGrams()) + " kg  " + cn22.currency() + " "
                                + item.value() + (item.hsCode() == null ? "" : "  HS " + item.hsCode()));
            }
            text(
                    zpl,
                    y,
                    18,
                    "Origin: " + cn22.originCountry() + "  Total: "
                            + JunctionLabelRenderer.kilograms(cn22.totalWeightGrams()) + " kg  " + cn22.currency()
                            + " " + cn22.totalValue());
        }
        zpl.append("^XZ\n");
    }

    private static int text(StringBuilder zpl, int y, int height, String value) {
        zpl.append("^FO20,")
                .append(y)
                .append("^A0N,")
                .append(height)
                .append(',')
                .append(height)
                .append("^FB760,1,0,L^FH_^FD")
                .append(field(value))
                .append("^FS\n");
        return y + height + 6;
    }

    /** A field's data with ZPL's command characters written as hex ({@code ^FH_}), so no name breaks the label. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E").replace('\n', ' ');
    }
}
