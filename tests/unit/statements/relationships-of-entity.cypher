CALL {
CALL {
  MATCH (a:Entity {id: $f.entity})-[r:OVERSEES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outOVERSEES
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:OVERSEES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inOVERSEES AND (NOT $f.outOVERSEES OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:FUNDS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outFUNDS
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:FUNDS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inFUNDS AND (NOT $f.outFUNDS OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:REGULATES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outREGULATES
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:REGULATES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inREGULATES AND (NOT $f.outREGULATES OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:COMMISSIONS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outCOMMISSIONS
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:COMMISSIONS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inCOMMISSIONS AND (NOT $f.outCOMMISSIONS OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:PART_OF]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outPART_OF
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:PART_OF]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inPART_OF AND (NOT $f.outPART_OF OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:MEMBER_OF]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outMEMBER_OF
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:MEMBER_OF]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inMEMBER_OF AND (NOT $f.outMEMBER_OF OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:PARTNER_IN]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outPARTNER_IN
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:PARTNER_IN]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inPARTNER_IN AND (NOT $f.outPARTNER_IN OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:LEADS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outLEADS
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:LEADS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inLEADS AND (NOT $f.outLEADS OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:COVERS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outCOVERS
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:COVERS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inCOVERS AND (NOT $f.outCOVERS OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:INVESTIGATES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outINVESTIGATES
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:INVESTIGATES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inINVESTIGATES AND (NOT $f.outINVESTIGATES OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:MERGED_INTO]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outMERGED_INTO
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:MERGED_INTO]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inMERGED_INTO AND (NOT $f.outMERGED_INTO OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:SUCCEEDED_BY]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outSUCCEEDED_BY
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:SUCCEEDED_BY]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inSUCCEEDED_BY AND (NOT $f.outSUCCEEDED_BY OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:SUPPORTS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outSUPPORTS
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inSUPPORTS AND (NOT $f.outSUPPORTS OR a <> b)
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity {id: $f.entity})-[r:INTERVENES_IN]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outINTERVENES_IN
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:INTERVENES_IN]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inINTERVENES_IN AND (NOT $f.outINTERVENES_IN OR a <> b)
  RETURN r, a, b
}
WITH r, a, b WHERE (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
RETURN count(r) AS totalCount
}
CALL {
MATCH (e:Entity {id: $f.entity})
WITH e, {OVERSEES: (CASE WHEN $f.outOVERSEES THEN COUNT { (e)-[:OVERSEES]->() } ELSE 0 END + CASE WHEN $f.inOVERSEES THEN COUNT { (e)<-[:OVERSEES]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:OVERSEES]->() },
  FUNDS: (CASE WHEN $f.outFUNDS THEN COUNT { (e)-[:FUNDS]->() } ELSE 0 END + CASE WHEN $f.inFUNDS THEN COUNT { (e)<-[:FUNDS]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:FUNDS]->() },
  REGULATES: (CASE WHEN $f.outREGULATES THEN COUNT { (e)-[:REGULATES]->() } ELSE 0 END + CASE WHEN $f.inREGULATES THEN COUNT { (e)<-[:REGULATES]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:REGULATES]->() },
  COMMISSIONS: (CASE WHEN $f.outCOMMISSIONS THEN COUNT { (e)-[:COMMISSIONS]->() } ELSE 0 END + CASE WHEN $f.inCOMMISSIONS THEN COUNT { (e)<-[:COMMISSIONS]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:COMMISSIONS]->() },
  PART_OF: (CASE WHEN $f.outPART_OF THEN COUNT { (e)-[:PART_OF]->() } ELSE 0 END + CASE WHEN $f.inPART_OF THEN COUNT { (e)<-[:PART_OF]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:PART_OF]->() },
  MEMBER_OF: (CASE WHEN $f.outMEMBER_OF THEN COUNT { (e)-[:MEMBER_OF]->() } ELSE 0 END + CASE WHEN $f.inMEMBER_OF THEN COUNT { (e)<-[:MEMBER_OF]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:MEMBER_OF]->() },
  PARTNER_IN: (CASE WHEN $f.outPARTNER_IN THEN COUNT { (e)-[:PARTNER_IN]->() } ELSE 0 END + CASE WHEN $f.inPARTNER_IN THEN COUNT { (e)<-[:PARTNER_IN]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:PARTNER_IN]->() },
  LEADS: (CASE WHEN $f.outLEADS THEN COUNT { (e)-[:LEADS]->() } ELSE 0 END + CASE WHEN $f.inLEADS THEN COUNT { (e)<-[:LEADS]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:LEADS]->() },
  COVERS: (CASE WHEN $f.outCOVERS THEN COUNT { (e)-[:COVERS]->() } ELSE 0 END + CASE WHEN $f.inCOVERS THEN COUNT { (e)<-[:COVERS]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:COVERS]->() },
  INVESTIGATES: (CASE WHEN $f.outINVESTIGATES THEN COUNT { (e)-[:INVESTIGATES]->() } ELSE 0 END + CASE WHEN $f.inINVESTIGATES THEN COUNT { (e)<-[:INVESTIGATES]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:INVESTIGATES]->() },
  MERGED_INTO: (CASE WHEN $f.outMERGED_INTO THEN COUNT { (e)-[:MERGED_INTO]->() } ELSE 0 END + CASE WHEN $f.inMERGED_INTO THEN COUNT { (e)<-[:MERGED_INTO]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:MERGED_INTO]->() },
  SUCCEEDED_BY: (CASE WHEN $f.outSUCCEEDED_BY THEN COUNT { (e)-[:SUCCEEDED_BY]->() } ELSE 0 END + CASE WHEN $f.inSUCCEEDED_BY THEN COUNT { (e)<-[:SUCCEEDED_BY]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:SUCCEEDED_BY]->() },
  SUPPORTS: (CASE WHEN $f.outSUPPORTS THEN COUNT { (e)-[:SUPPORTS]->() } ELSE 0 END + CASE WHEN $f.inSUPPORTS THEN COUNT { (e)<-[:SUPPORTS]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:SUPPORTS]->() },
  INTERVENES_IN: (CASE WHEN $f.outINTERVENES_IN THEN COUNT { (e)-[:INTERVENES_IN]->() } ELSE 0 END + CASE WHEN $f.inINTERVENES_IN THEN COUNT { (e)<-[:INTERVENES_IN]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:INTERVENES_IN]->() }} AS seek
CALL {
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:OVERSEES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outOVERSEES AND NOT seek.OVERSEES AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:OVERSEES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inOVERSEES AND NOT seek.OVERSEES AND (NOT $f.outOVERSEES OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:OVERSEES]->(b:Entity) USING INDEX r:OVERSEES(id)
  WHERE r.id > CASE WHEN seek.OVERSEES THEN $f.after ELSE $f.none END AND ((a = e AND $f.outOVERSEES) OR (b = e AND $f.inOVERSEES))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:FUNDS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outFUNDS AND NOT seek.FUNDS AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:FUNDS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inFUNDS AND NOT seek.FUNDS AND (NOT $f.outFUNDS OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:FUNDS]->(b:Entity) USING INDEX r:FUNDS(id)
  WHERE r.id > CASE WHEN seek.FUNDS THEN $f.after ELSE $f.none END AND ((a = e AND $f.outFUNDS) OR (b = e AND $f.inFUNDS))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:REGULATES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outREGULATES AND NOT seek.REGULATES AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:REGULATES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inREGULATES AND NOT seek.REGULATES AND (NOT $f.outREGULATES OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:REGULATES]->(b:Entity) USING INDEX r:REGULATES(id)
  WHERE r.id > CASE WHEN seek.REGULATES THEN $f.after ELSE $f.none END AND ((a = e AND $f.outREGULATES) OR (b = e AND $f.inREGULATES))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:COMMISSIONS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outCOMMISSIONS AND NOT seek.COMMISSIONS AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:COMMISSIONS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inCOMMISSIONS AND NOT seek.COMMISSIONS AND (NOT $f.outCOMMISSIONS OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:COMMISSIONS]->(b:Entity) USING INDEX r:COMMISSIONS(id)
  WHERE r.id > CASE WHEN seek.COMMISSIONS THEN $f.after ELSE $f.none END AND ((a = e AND $f.outCOMMISSIONS) OR (b = e AND $f.inCOMMISSIONS))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:PART_OF]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outPART_OF AND NOT seek.PART_OF AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:PART_OF]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inPART_OF AND NOT seek.PART_OF AND (NOT $f.outPART_OF OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:PART_OF]->(b:Entity) USING INDEX r:PART_OF(id)
  WHERE r.id > CASE WHEN seek.PART_OF THEN $f.after ELSE $f.none END AND ((a = e AND $f.outPART_OF) OR (b = e AND $f.inPART_OF))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:MEMBER_OF]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outMEMBER_OF AND NOT seek.MEMBER_OF AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:MEMBER_OF]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inMEMBER_OF AND NOT seek.MEMBER_OF AND (NOT $f.outMEMBER_OF OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:MEMBER_OF]->(b:Entity) USING INDEX r:MEMBER_OF(id)
  WHERE r.id > CASE WHEN seek.MEMBER_OF THEN $f.after ELSE $f.none END AND ((a = e AND $f.outMEMBER_OF) OR (b = e AND $f.inMEMBER_OF))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:PARTNER_IN]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outPARTNER_IN AND NOT seek.PARTNER_IN AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:PARTNER_IN]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inPARTNER_IN AND NOT seek.PARTNER_IN AND (NOT $f.outPARTNER_IN OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:PARTNER_IN]->(b:Entity) USING INDEX r:PARTNER_IN(id)
  WHERE r.id > CASE WHEN seek.PARTNER_IN THEN $f.after ELSE $f.none END AND ((a = e AND $f.outPARTNER_IN) OR (b = e AND $f.inPARTNER_IN))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:LEADS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outLEADS AND NOT seek.LEADS AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:LEADS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inLEADS AND NOT seek.LEADS AND (NOT $f.outLEADS OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:LEADS]->(b:Entity) USING INDEX r:LEADS(id)
  WHERE r.id > CASE WHEN seek.LEADS THEN $f.after ELSE $f.none END AND ((a = e AND $f.outLEADS) OR (b = e AND $f.inLEADS))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:COVERS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outCOVERS AND NOT seek.COVERS AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:COVERS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inCOVERS AND NOT seek.COVERS AND (NOT $f.outCOVERS OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:COVERS]->(b:Entity) USING INDEX r:COVERS(id)
  WHERE r.id > CASE WHEN seek.COVERS THEN $f.after ELSE $f.none END AND ((a = e AND $f.outCOVERS) OR (b = e AND $f.inCOVERS))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:INVESTIGATES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outINVESTIGATES AND NOT seek.INVESTIGATES AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:INVESTIGATES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inINVESTIGATES AND NOT seek.INVESTIGATES AND (NOT $f.outINVESTIGATES OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:INVESTIGATES]->(b:Entity) USING INDEX r:INVESTIGATES(id)
  WHERE r.id > CASE WHEN seek.INVESTIGATES THEN $f.after ELSE $f.none END AND ((a = e AND $f.outINVESTIGATES) OR (b = e AND $f.inINVESTIGATES))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:MERGED_INTO]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outMERGED_INTO AND NOT seek.MERGED_INTO AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:MERGED_INTO]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inMERGED_INTO AND NOT seek.MERGED_INTO AND (NOT $f.outMERGED_INTO OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:MERGED_INTO]->(b:Entity) USING INDEX r:MERGED_INTO(id)
  WHERE r.id > CASE WHEN seek.MERGED_INTO THEN $f.after ELSE $f.none END AND ((a = e AND $f.outMERGED_INTO) OR (b = e AND $f.inMERGED_INTO))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:SUCCEEDED_BY]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outSUCCEEDED_BY AND NOT seek.SUCCEEDED_BY AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:SUCCEEDED_BY]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inSUCCEEDED_BY AND NOT seek.SUCCEEDED_BY AND (NOT $f.outSUCCEEDED_BY OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:SUCCEEDED_BY]->(b:Entity) USING INDEX r:SUCCEEDED_BY(id)
  WHERE r.id > CASE WHEN seek.SUCCEEDED_BY THEN $f.after ELSE $f.none END AND ((a = e AND $f.outSUCCEEDED_BY) OR (b = e AND $f.inSUCCEEDED_BY))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:SUPPORTS]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outSUPPORTS AND NOT seek.SUPPORTS AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inSUPPORTS AND NOT seek.SUPPORTS AND (NOT $f.outSUPPORTS OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity) USING INDEX r:SUPPORTS(id)
  WHERE r.id > CASE WHEN seek.SUPPORTS THEN $f.after ELSE $f.none END AND ((a = e AND $f.outSUPPORTS) OR (b = e AND $f.inSUPPORTS))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:INTERVENES_IN]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outINTERVENES_IN AND NOT seek.INTERVENES_IN AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:INTERVENES_IN]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inINTERVENES_IN AND NOT seek.INTERVENES_IN AND (NOT $f.outINTERVENES_IN OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:INTERVENES_IN]->(b:Entity) USING INDEX r:INTERVENES_IN(id)
  WHERE r.id > CASE WHEN seek.INTERVENES_IN THEN $f.after ELSE $f.none END AND ((a = e AND $f.outINTERVENES_IN) OR (b = e AND $f.inINTERVENES_IN))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
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
    "none": "￿",
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
