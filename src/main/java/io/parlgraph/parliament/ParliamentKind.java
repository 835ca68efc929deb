package io.parlgraph.parliament;

public enum ParliamentKind {

	NATIONAL_PARLIAMENT, PARLIAMENTARY_ASSEMBLY

}
