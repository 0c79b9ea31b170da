import { FieldResolver, Resolver, Root } from 'type-graphql';
import { createConnectionType } from '../listing/connection.js';
import { createListingResolver } from '../listing/listing.resolver-factory.js';
import { demandKind } from './demand-kind.js';
import { Demand } from './demand.entity.js';
import { DemandInput } from './demand.inputs.js';

export const DemandConnection = createConnectionType(Demand, 'Demand');

export const DemandListingResolver = createListingResolver({
  kind: demandKind,
  node: Demand,
  input: DemandInput,
  connection: DemandConnection,
  singular: 'demand',
  plural: 'demands',
});

@Resolver(() => Demand)
export class DemandResolver {
  @FieldResolver(() => String, { description: '发布需求的企业' })
  enterprise(@Root() demand: Demand): string {
    return demand.owner.name;
  }
}
