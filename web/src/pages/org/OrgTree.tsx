import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Grid, Skeleton, Space, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';

import { fetchChildren, orgKeys, useTopUnits, useUnitTypes } from '../../api/orgQueries';
import type { Unit } from '../../api/orgTypes';
import { ProblemAlert } from '../ProblemAlert';
import { UnitPanel } from './UnitPanel';

interface Node extends TreeDataNode {
  key: string;
  unit: Unit;
  children?: Node[];
}

/** A unit in the tree; a unit of a type under which nothing may sit (tổ đảng) has nothing to open. */
function node(unit: Unit, leafTypes: Set<string>): Node {
  return {
    key: unit.id,
    unit,
    title: unit.status === 'ACTIVE' ? unit.name : `${unit.name} (${unit.status})`,
    isLeaf: leafTypes.has(unit.typeCode),
  };
}

function withChildren(nodes: Node[], key: string, children: Node[]): Node[] {
  return nodes.map((n) => {
    if (n.key === key) return { ...n, children, isLeaf: children.length === 0 };
    return n.children ? { ...n, children: withChildren(n.children, key, children) } : n;
  });
}

/** Tổ chức: the tree the caller sees, opened level by level, and the chosen unit with its members. */
export default function OrgTree() {
  const { t, i18n } = useTranslation();
  const { unitId } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const screens = Grid.useBreakpoint();
  const top = useTopUnits();
  const types = useUnitTypes(i18n.language);
  const leafTypes = useMemo(
    () => new Set((types.data ?? []).filter((type) => type.childTypes.length === 0).map((type) => type.code)),
    [types.data]);
  const [nodes, setNodes] = useState<Node[]>([]);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<unknown>();

  useEffect(() => {
    if (top.data) {
      setNodes(top.data.map((unit) => node(unit, leafTypes)));
      setExpanded([]);
    }
  }, [top.data, leafTypes]);

  async function load(target: Node) {
    try {
      const children = await client.fetchQuery({
        queryKey: orgKeys.children(target.key),
        queryFn: () => fetchChildren(target.key),
        staleTime: 0,
      });
      setNodes((current) => withChildren(current, target.key, children.map((unit) => node(unit, leafTypes))));
    } catch (error) {
      setLoadError(error);
    }
  }

  const selected = unitId ?? top.data?.[0]?.id;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>{t('org.title')}</Typography.Title>
        <Link to="/org/imports"><Button>{t('org.imports')}</Button></Link>
      </Space>
      {top.error ? <ProblemAlert error={top.error} /> : null}
      {loadError ? <ProblemAlert error={loadError} /> : null}
      <div style={{ display: 'flex', flexDirection: screens.lg ? 'row' : 'column', gap: 16, alignItems: 'flex-start' }}>
        <Card title={t('org.tree')} size="small" style={{ width: screens.lg ? 360 : '100%', flexShrink: 0 }}>
          {top.isPending ? <Skeleton active /> : null}
          {top.data && top.data.length === 0 ? <Alert type="info" title={t('org.noTree')} /> : null}
          <nav aria-label={t('org.tree')}>
            <Tree<Node>
              treeData={nodes}
              loadData={load}
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys.map(String))}
              selectedKeys={selected ? [selected] : []}
              onSelect={(keys) => { if (keys[0]) navigate(`/org/units/${String(keys[0])}`); }}
              blockNode
              data-testid="org-tree"
            />
          </nav>
        </Card>
        <div style={{ flex: 1, minWidth: 0, width: '100%' }}>
          {selected ? (
            <UnitPanel unitId={selected} onChanged={(parents) => {
              parents.forEach((parent) => void load({ key: parent } as Node));
              if (parents.length === 0) void top.refetch();
            }} />
          ) : null}
        </div>
      </div>
    </Space>
  );
}
