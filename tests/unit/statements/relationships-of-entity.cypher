CALL {
CALL {
  MATCH (a:Entity {id: $f.entity})-[r:OVERSEES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outOVERSEES AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:OVERSEES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inOVERSEES AND (NOT $f.outOVERSEES OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:FUNDS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outFUNDS AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:FUNDS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inFUNDS AND (NOT $f.outFUNDS OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:REGULATES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outREGULATES AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:REGULATES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inREGULATES AND (NOT $f.outREGULATES OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:COMMISSIONS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outCOMMISSIONS AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:COMMISSIONS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inCOMMISSIONS AND (NOT $f.outCOMMISSIONS OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:PART_OF]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outPART_OF AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:PART_OF]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inPART_OF AND (NOT $f.outPART_OF OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:MEMBER_OF]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outMEMBER_OF AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:MEMBER_OF]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inMEMBER_OF AND (NOT $f.outMEMBER_OF OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:PARTNER_IN]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outPARTNER_IN AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:PARTNER_IN]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inPARTNER_IN AND (NOT $f.outPARTNER_IN OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:LEADS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outLEADS AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:LEADS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inLEADS AND (NOT $f.outLEADS OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:COVERS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outCOVERS AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:COVERS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inCOVERS AND (NOT $f.outCOVERS OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:INVESTIGATES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outINVESTIGATES AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:INVESTIGATES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inINVESTIGATES AND (NOT $f.outINVESTIGATES OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:MERGED_INTO]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outMERGED_INTO AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:MERGED_INTO]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inMERGED_INTO AND (NOT $f.outMERGED_INTO OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:SUCCEEDED_BY]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outSUCCEEDED_BY AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:SUCCEEDED_BY]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inSUCCEEDED_BY AND (NOT $f.outSUCCEEDED_BY OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:SUPPORTS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outSUPPORTS AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inSUPPORTS AND (NOT $f.outSUPPORTS OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:INTERVENES_IN]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outINTERVENES_IN AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
  UNION ALL
  MATCH (a:Entity)-[r:INTERVENES_IN]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inINTERVENES_IN AND (NOT $f.outINTERVENES_IN OR a <> b) AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN count(r) AS n
}
RETURN sum(n) AS totalCount
}
CALL {
CALL {
  MATCH (a:Entity {id: $f.entity})-[r:OVERSEES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outOVERSEES AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:OVERSEES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inOVERSEES AND (NOT $f.outOVERSEES OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:FUNDS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outFUNDS AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:FUNDS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inFUNDS AND (NOT $f.outFUNDS OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:REGULATES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outREGULATES AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:REGULATES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inREGULATES AND (NOT $f.outREGULATES OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:COMMISSIONS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outCOMMISSIONS AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:COMMISSIONS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inCOMMISSIONS AND (NOT $f.outCOMMISSIONS OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:PART_OF]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outPART_OF AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:PART_OF]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inPART_OF AND (NOT $f.outPART_OF OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:MEMBER_OF]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outMEMBER_OF AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:MEMBER_OF]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inMEMBER_OF AND (NOT $f.outMEMBER_OF OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:PARTNER_IN]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outPARTNER_IN AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:PARTNER_IN]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inPARTNER_IN AND (NOT $f.outPARTNER_IN OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:LEADS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outLEADS AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:LEADS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inLEADS AND (NOT $f.outLEADS OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:COVERS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outCOVERS AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:COVERS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inCOVERS AND (NOT $f.outCOVERS OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:INVESTIGATES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outINVESTIGATES AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:INVESTIGATES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inINVESTIGATES AND (NOT $f.outINVESTIGATES OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:MERGED_INTO]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outMERGED_INTO AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:MERGED_INTO]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inMERGED_INTO AND (NOT $f.outMERGED_INTO OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:SUCCEEDED_BY]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outSUCCEEDED_BY AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:SUCCEEDED_BY]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inSUCCEEDED_BY AND (NOT $f.outSUCCEEDED_BY OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:SUPPORTS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outSUPPORTS AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inSUPPORTS AND (NOT $f.outSUPPORTS OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:INTERVENES_IN]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outINTERVENES_IN AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:INTERVENES_IN]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inINTERVENES_IN AND (NOT $f.outINTERVENES_IN OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases) AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds) AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
}
WITH r, a, b ORDER BY r.id LIMIT $limit
WITH collect(r) AS rels, collect(DISTINCT a) + collect(DISTINCT b) AS ends
RETURN [r IN rels | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id, props: properties(r)}] AS edges, [e IN ends | e {.*}] AS ends,
  CASE WHEN $f.withSources THEN COLLECT { UNWIND rels AS r UNWIND r.sourceIds AS id WITH DISTINCT id MATCH (s:Source {id: id}) RETURN s {.*} }
  ELSE [] END AS sources
}
RETURN edges, ends, sources, totalCount

// params
{
  "f": {
    "entity": "care-quality-commission",
    "after": "r:REGULATES:care-quality-commission:RR8",
    "outOVERSEES": false,
    "inOVERSEES": false,
    "outFUNDS": false,
    "inFUNDS": false,
    "outREGULATES": true,
    "inREGULATES": false,
    "outCOMMISSIONS": false,
    "inCOMMISSIONS": false,
    "outPART_OF": false,
    "inPART_OF": false,
    "outMEMBER_OF": false,
    "inMEMBER_OF": false,
    "outPARTNER_IN": false,
    "inPARTNER_IN": false,
    "outLEADS": false,
    "inLEADS": false,
    "outCOVERS": false,
    "inCOVERS": false,
    "outINVESTIGATES": false,
    "inINVESTIGATES": false,
    "outMERGED_INTO": false,
    "inMERGED_INTO": false,
    "outSUCCEEDED_BY": false,
    "inSUCCEEDED_BY": false,
    "outSUPPORTS": false,
    "inSUPPORTS": false,
    "outINTERVENES_IN": false,
    "inINTERVENES_IN": false,
    "types": [
      "REGULATES"
    ],
    "bases": [
      "QUOTED",
      "RECORDED",
      "DERIVED",
      "CITED"
    ],
    "confidences": [
      "confirmed",
      "reported",
      "unverified"
    ],
    "fromKinds": [
      "GOVERNMENT_DEPARTMENT",
      "NATIONAL_BODY",
      "REGULATOR",
      "REGION",
      "LOCAL_OFFICE",
      "TRUST",
      "CCG",
      "SUB_ICB_LOCATION",
      "STP",
      "INTEGRATED_CARE_BOARD",
      "PARTNERSHIP",
      "COUNCIL",
      "PROGRAMME",
      "PLAN",
      "WORKSTREAM",
      "GROUP",
      "PERSON",
      "AREA",
      "SITE"
    ],
    "toKinds": [
      "TRUST"
    ],
    "byBasis": false,
    "byConfidence": false,
    "byFromKind": false,
    "byToKind": true,
    "startsBy": "Date(2016-06-01)",
    "endsFrom": "Date(2016-06-01)",
    "dated": true,
    "asOf": "Date(2016-06-01)",
    "changed": false,
    "changedFrom": "Date(0001-01-01)",
    "changedTo": "Date(9999-12-31)",
    "withSources": false
  },
  "limit": "Integer(101)"
}
