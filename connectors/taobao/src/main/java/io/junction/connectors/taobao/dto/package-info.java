/** Records for the parts of TOP's answers and paging that Junction reads or keeps. */
package io.junction.connectors.taobao.dto;
