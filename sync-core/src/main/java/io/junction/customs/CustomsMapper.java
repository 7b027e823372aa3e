package io.junction.customs;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Customs data of package lines. SQL in CustomsMapper.xml beside this interface. */
@Mapper
public interface CustomsMapper {

    /** Fills the package's lines that declare nothing yet from their warehouse SKUs, in the order's currency. */
    int copyFromSku(long packageId);

    List<LineCustoms> ofPackage(long packageId);

    List<LineCustoms> ofLines(@Param("ids") List<Long> packageLineIds);

    int update(@Param("c") LineCustoms customs);
}
