package io.junction.web.metrics;

import org.apache.ibatis.annotations.Mapper;

/** The counts behind the metrics. SQL in MetricsMapper.xml beside this interface. */
@Mapper
public interface MetricsMapper {

    PipelineCounts counts();
}
