package io.junction.customs;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Customs data of package lines. SQL in CustomsMapper.xml beside this interface. */
@Mapper
public interface CustomsMapper {

    /** Fills the package's lines that declare nothing yet from their warehouse SKUs, in the order's currency. */
    default int copyFromSku(long packageId) {
        return copyFromSkus(List.of(packageId));
    }

    /** {@link #copyFromSku} for many packages in one statement; the collection must not be empty. */
    int copyFromSkus(@Param("packageIds") Collection<Long> packageIds);

    List<LineCustoms> ofPackage(long packageId);

    List<LineCustoms> ofLines(@Param("ids") List<Long> packageLineIds);

    int update(@Param("c") LineCustoms customs);
}
